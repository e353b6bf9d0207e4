"""Operations tagged `alerts`: fetch_alert, list_alert."""
