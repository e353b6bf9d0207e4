"""Operations tagged `outgoing_caller_ids`: create_validation_request, delete_outgoing_caller_id, fetch_outgoing_caller_id, list_outgoing_caller_id, update_outgoing_caller_id."""
