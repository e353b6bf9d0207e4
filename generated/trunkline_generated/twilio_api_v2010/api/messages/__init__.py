"""Operations tagged `messages`: create_message, delete_message, fetch_message, list_message, update_message."""
