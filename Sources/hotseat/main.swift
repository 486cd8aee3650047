import CReadline
print("hotseat")
