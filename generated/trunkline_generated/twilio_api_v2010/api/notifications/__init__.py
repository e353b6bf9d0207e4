"""Operations tagged `notifications`: fetch_notification, list_notification."""
