"""Operations tagged `keys`: create_new_key, delete_key, fetch_key, list_key, update_key."""
