"""Operations tagged `faxes`: create_fax, delete_fax, delete_fax_media, fetch_fax, fetch_fax_media, list_fax, list_fax_media, update_fax."""
