import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { User } from "./models/user.js"
import { UserService } from "./service.js"

export const userModule = defineModule({
  name: "user",
  migrations: [initial],
  service: UserService,
})

export { UserService, User }
