"""Operations tagged `verify`: verify_check, verify_control, verify_request, verify_search."""
