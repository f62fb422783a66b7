# a module of the service that is not its entry point
def clamp(x, lo=0.0, hi=1.0):
    return max(lo, min(hi, x))
