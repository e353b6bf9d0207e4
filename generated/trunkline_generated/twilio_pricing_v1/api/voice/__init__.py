"""Operations tagged `voice`: fetch_voice_country, fetch_voice_number, list_voice_country."""
