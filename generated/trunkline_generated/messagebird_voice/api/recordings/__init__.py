"""Operations tagged `recordings`: delete_recording, download_recording, fetch_recording, list_recordings."""
