"""Operations tagged `webhooks`: create_webhook, delete_webhook, fetch_webhook, list_webhooks, update_webhook."""
