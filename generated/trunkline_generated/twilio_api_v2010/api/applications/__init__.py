"""Operations tagged `applications`: create_application, delete_application, fetch_application, list_application, update_application."""
