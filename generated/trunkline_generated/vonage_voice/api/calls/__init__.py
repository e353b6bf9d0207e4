"""Operations tagged `calls`: create_call, get_call, get_calls, start_dtmf, start_stream, start_talk, stop_stream, stop_talk, update_call."""
