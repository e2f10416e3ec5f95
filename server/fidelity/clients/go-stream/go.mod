module dtlive/fidelity/gostream

go 1.21
