"""Operations tagged `calls`: list_calls, view_call."""
