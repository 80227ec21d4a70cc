module stagecraft/server

go 1.27
