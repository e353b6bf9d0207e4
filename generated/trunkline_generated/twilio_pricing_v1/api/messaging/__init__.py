"""Operations tagged `messaging`: fetch_messaging_country, list_messaging_country."""
