"""Operations tagged `phone_numbers`: fetch_phone_number_country, list_phone_number_country."""
