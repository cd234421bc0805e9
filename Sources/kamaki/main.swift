print("kamaki")
