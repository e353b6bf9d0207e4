"""Operations tagged `usage_records`: list_account_usage_record."""
