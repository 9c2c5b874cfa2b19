FROM nginx:1.27.3
# expect: DKR-022 "EXPOSE 80800 is not a port range Docker accepts"
EXPOSE 80 80800
# expect: DKR-022 "EXPOSE 9000-8000/udp is not a port range Docker accepts"
EXPOSE 9000-8000/udp
