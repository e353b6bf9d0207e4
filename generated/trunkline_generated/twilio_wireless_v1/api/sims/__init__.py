"""Operations tagged `sims`: delete_sim, fetch_sim, list_data_session, list_sim, list_usage_record, update_sim."""
