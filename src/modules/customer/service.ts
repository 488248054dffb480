import { moduleService } from "../../framework/service/index.js"
import { Customer, CustomerAddress } from "./models/customer.js"

export class CustomerService extends moduleService({ Customer, CustomerAddress }) {}
