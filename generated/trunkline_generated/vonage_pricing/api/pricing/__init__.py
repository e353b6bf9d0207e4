"""Operations tagged `pricing`: get_phone_outbound_pricing, retrieve_prefix_pricing, retrieve_pricing_all_countries, retrieve_pricing_country."""
