"""Operations tagged `addresses`: create_address, delete_address, fetch_address, list_address, list_dependent_phone_number, update_address."""
