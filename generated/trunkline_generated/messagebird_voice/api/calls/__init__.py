"""Operations tagged `calls`: create_call, delete_call, fetch_call, list_calls."""
