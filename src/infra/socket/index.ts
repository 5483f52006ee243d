export { SOCKET_PATH, SocketIoAdapter } from './socket-io.adapter';
