"""Operations tagged `legs`: fetch_leg, list_legs."""
