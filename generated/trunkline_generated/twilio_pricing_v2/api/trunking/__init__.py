"""Operations tagged `trunking`: fetch_trunking_country, fetch_trunking_number, list_trunking_country."""
