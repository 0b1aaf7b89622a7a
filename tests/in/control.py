# case: collatz(int64)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
            continue
        n = 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    return steps
