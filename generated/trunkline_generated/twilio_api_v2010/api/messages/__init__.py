"""Operations tagged `messages`: create_message, create_message_feedback, delete_media, delete_message, fetch_media, fetch_media_content, fetch_message, list_media, list_message, update_message."""
