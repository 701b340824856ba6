// placeholder: replaced by the offline work
