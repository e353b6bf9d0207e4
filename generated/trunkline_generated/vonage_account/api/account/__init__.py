"""Operations tagged `account`: change_account_settings, create_api_secret, get_account_balance, retrieve_api_secret, retrieve_api_secrets, revoke_api_secret, top_up_account_balance."""
