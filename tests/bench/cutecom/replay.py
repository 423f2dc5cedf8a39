# SPDX-License-Identifier: MIT
# Plays a recording into a new pseudo-terminal at a line's pace, round and
# round: prints the pty's path, waits until the file START exists, then
# writes BYTES_PER_SECOND (92160 = 921600 baud at 10 bits a byte).
#   python3 replay.py RECORDING BYTES_PER_SECOND START
import os, pty, sys, time, tty

recording = open(sys.argv[1], 'rb').read()
rate = int(sys.argv[2])
master, slave = pty.openpty()
tty.setraw(slave)
print(os.ttyname(slave), flush=True)
while not os.path.exists(sys.argv[3]):
    time.sleep(0.05)
os.set_blocking(master, False)
start = time.monotonic()
written = 0
while True:
    due = int((time.monotonic() - start) * rate)
    while written < due:
        at = written % len(recording)
        try:
            written += os.write(master, recording[at:at + min(due - written, len(recording) - at)])
        except BlockingIOError:
            break
    try:
        while os.read(master, 4096):
            pass
    except (BlockingIOError, OSError):
        pass
    time.sleep(0.002)
