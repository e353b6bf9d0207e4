"""Operations tagged `queues`: create_queue, delete_queue, fetch_member, fetch_queue, list_member, list_queue, update_member, update_queue."""
