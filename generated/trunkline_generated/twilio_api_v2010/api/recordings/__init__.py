"""Operations tagged `recordings`: delete_recording, delete_recording_transcription, fetch_recording, fetch_recording_transcription, list_recording, list_recording_transcription."""
