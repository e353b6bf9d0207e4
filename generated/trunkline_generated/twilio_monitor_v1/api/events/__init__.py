"""Operations tagged `events`: fetch_event, list_event."""
