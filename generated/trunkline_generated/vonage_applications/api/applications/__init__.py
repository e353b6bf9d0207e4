"""Operations tagged `applications`: create_application, delete_application, get_application, list_application, update_application."""
