"""Operations tagged `accounts`: create_account, fetch_account, list_account, update_account."""
