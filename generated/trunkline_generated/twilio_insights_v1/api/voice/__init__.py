"""Operations tagged `voice`: fetch_call, fetch_summary, list_call_summaries, list_event, list_metric."""
