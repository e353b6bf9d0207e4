"""Operations tagged `transcriptions`: create_transcription, download_transcription, fetch_transcription, list_transcriptions."""
