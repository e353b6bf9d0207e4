"""Operations tagged `transcriptions`: delete_transcription, fetch_transcription, list_transcription."""
