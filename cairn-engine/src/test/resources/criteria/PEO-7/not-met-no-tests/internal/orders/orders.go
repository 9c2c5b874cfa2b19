package orders

// Total is the sum of the quantities.
func Total(quantities []int) int {
	sum := 0
	for _, q := range quantities {
		sum += q
	}
	return sum
}
