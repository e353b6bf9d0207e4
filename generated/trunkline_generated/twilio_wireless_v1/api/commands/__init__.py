"""Operations tagged `commands`: create_command, delete_command, fetch_command, list_command."""
