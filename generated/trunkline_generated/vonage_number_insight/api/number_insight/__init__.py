"""Operations tagged `number_insight`: get_number_insight_advanced, get_number_insight_async, get_number_insight_basic, get_number_insight_standard."""
