import { moduleService } from "../../framework/service/index.js"
import { User } from "./models/user.js"

export class UserService extends moduleService({ User }) {}
