print("kamaki-cloud")
