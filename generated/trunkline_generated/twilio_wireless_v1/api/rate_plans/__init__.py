"""Operations tagged `rate_plans`: create_rate_plan, delete_rate_plan, fetch_rate_plan, list_rate_plan, update_rate_plan."""
