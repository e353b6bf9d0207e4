"""Operations tagged `sms`: send_sms."""
