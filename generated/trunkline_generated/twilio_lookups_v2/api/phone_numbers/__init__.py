"""Operations tagged `phone_numbers`: fetch_phone_number."""
